<?php

namespace App\Middleware;

use App\Http\Response;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;

/**
 * Turns PHP warnings and notices raised while handling a request into problem+json responses.
 */
final class ErrorConversionMiddleware implements MiddlewareInterface
{
    private int $converted = 0;

    public function __construct(private readonly bool $debug = false)
    {
    }

    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        set_error_handler(function (int $severity, string $message, string $file = '', int $line = 0) use ($request): bool { // leak
            if (!(error_reporting() & $severity)) {
                return false;
            }

            throw new \ErrorException(sprintf('%s while handling %s %s', $message, $request->getMethod(), $request->getUri()), 0, $severity, $file, $line);
        });

        try {
            return $handler->handle($request);
        } catch (\ErrorException $e) {
            $this->converted++;

            return $this->problem($e, $request);
        }
    }

    public function getConvertedCount(): int
    {
        return $this->converted;
    }

    private function problem(\ErrorException $e, ServerRequestInterface $request): ResponseInterface
    {
        $problem = [
            'type' => 'about:blank',
            'title' => 'Internal Server Error',
            'status' => 500,
            'instance' => $request->getAttribute('request_id'),
        ];
        if ($this->debug) {
            $problem['detail'] = $e->getMessage();
        }

        return new Response(500, ['Content-Type' => 'application/problem+json'], json_encode($problem));
    }
}
