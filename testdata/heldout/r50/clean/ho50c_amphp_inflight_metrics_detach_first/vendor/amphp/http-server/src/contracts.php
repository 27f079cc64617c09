<?php

namespace Amp\Http\Server;

interface RequestHandler
{
    public function handleRequest(Request $request): Response;
}

interface Middleware
{
    public function handleRequest(Request $request, RequestHandler $requestHandler): Response;
}

interface ErrorHandler
{
    public function handleError(int $status, ?string $reason = null, ?Request $request = null): Response;
}

final class DefaultErrorHandler implements ErrorHandler
{
    public function handleError(int $status, ?string $reason = null, ?Request $request = null): Response
    {
        return new Response($status, ['content-type' => 'text/plain'], $reason ?? 'Error');
    }
}

interface HttpServer
{
    public function start(RequestHandler $requestHandler, ErrorHandler $errorHandler): void;

    public function stop(): void;
}
