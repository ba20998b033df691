# The harness container image: build with the .NET SDK, run on the official .NET runtime image.
#   docker build -t harness:dev .
#   docker run --rm harness:dev --version
# The runtime stage is the ASP.NET Core flavour of the runtime image (runtime + ASP.NET Core shared
# framework): harness embeds the reference fake receiver, which runs on Kestrel, so the plain
# dotnet/runtime image could not start it (harness.runtimeconfig.json names Microsoft.AspNetCore.App).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Cli -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
# The shipped scenarios, so "harness load" finds its default (scenarios/smoke.json) beside the tool.
COPY scenarios ./scenarios
# Runs as the images' non-root user; results go to the working folder (mount a volume there).
USER app
WORKDIR /results
ENTRYPOINT ["/app/harness"]
