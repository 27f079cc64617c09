<?php

declare(strict_types=1);

namespace GuzzleHttp;

use Psr\Http\Message\RequestInterface;
use Psr\Http\Message\ResponseInterface;

/**
 * Functions used to create and wrap handlers with handler middleware.
 */
final class Middleware
{
    /**
     * Middleware that applies a map function to the request before passing to the next handler.
     *
     * @param callable(RequestInterface): RequestInterface $fn
     */
    public static function mapRequest(callable $fn): callable
    {
        return static function (callable $handler) use ($fn): callable {
            return static function (RequestInterface $request, array $options) use ($handler, $fn) {
                return $handler($fn($request), $options);
            };
        };
    }

    /**
     * Middleware that applies a map function to the resolved response.
     *
     * @param callable(ResponseInterface): ResponseInterface $fn
     */
    public static function mapResponse(callable $fn): callable
    {
        return static function (callable $handler) use ($fn): callable {
            return static function (RequestInterface $request, array $options) use ($handler, $fn) {
                return $fn($handler($request, $options));
            };
        };
    }

    /**
     * Middleware that retries requests based on the boolean result of invoking the provided "decider" function.
     */
    public static function retry(callable $decider, int $maxRetries = 3): callable
    {
        return static function (callable $handler) use ($decider, $maxRetries): callable {
            return static function (RequestInterface $request, array $options) use ($handler, $decider, $maxRetries) {
                $retries = 0;
                do {
                    $response = $handler($request, $options);
                } while ($retries++ < $maxRetries && $decider($retries, $request, $response));

                return $response;
            };
        };
    }
}
