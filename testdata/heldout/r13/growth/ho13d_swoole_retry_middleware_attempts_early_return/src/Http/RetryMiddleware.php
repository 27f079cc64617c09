<?php

declare(strict_types=1);

namespace App\Http;

final class AttemptLog
{
    /** @var list<ApiResponse> */
    public array $responses = [];

    public function __construct(public readonly ApiRequest $request)
    {
    }
}

final class RetriesExhausted extends \RuntimeException
{
    public function __construct(public readonly AttemptLog $log)
    {
        parent::__construct(sprintf('%s %s failed after %d attempts', $log->request->method, $log->request->uri, count($log->responses)));
    }
}

/**
 * Retries 5xx answers; keeps every attempt of an in-flight call so that the
 * failure report can show what the upstream answered each time.
 */
final class RetryMiddleware
{
    /** @var array<string, AttemptLog> */
    private array $inFlight = [];

    public function __construct(private readonly int $maxAttempts = 3)
    {
    }

    public function __invoke(ApiRequest $request, callable $next): ApiResponse
    {
        $id = $request->header('X-Request-Id');
        $log = $this->inFlight[$id] = new AttemptLog($request); // leak

        do {
            $response = $next($request);
            $log->responses[] = $response;
            if ($response->status < 500) {
                return $response;
            }
        } while (count($log->responses) < $this->maxAttempts);

        unset($this->inFlight[$id]);

        throw new RetriesExhausted($log);
    }

    public function attemptsFor(string $requestId): ?AttemptLog
    {
        return $this->inFlight[$requestId] ?? null;
    }
}
