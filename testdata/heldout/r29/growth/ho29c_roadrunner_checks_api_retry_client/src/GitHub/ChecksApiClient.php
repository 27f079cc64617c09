<?php

declare(strict_types=1);

namespace App\GitHub;

use App\RateLimit\SlidingWindowLimiter;
use GuzzleHttp\HandlerStack;
use GuzzleHttp\Middleware;
use GuzzleHttp\Psr7\Request;
use GuzzleHttp\Psr7\Response;

final class ChecksApiClient
{
    private const RETRY_STATUSES = [429, 502, 503, 504];

    public function __construct(
        private readonly HandlerStack $stack,
        private readonly SlidingWindowLimiter $limiter,
        private readonly string $token,
    ) {
    }

    public function update(CheckRunUpdate $update): Response
    {
        $this->limiter->acquire($update->repository);
        $request = new Request(
            'PATCH',
            sprintf('https://api.github.com/repos/%s/check-runs/%d', $update->repository, $update->checkRunId),
            ['authorization' => 'Bearer ' . $this->token, 'accept' => 'application/vnd.github+json'],
            json_encode($update->toPayload(), JSON_THROW_ON_ERROR),
        );

        return $this->withRetries($update)($request, ['timeout' => 10.0]);
    }

    private function withRetries(CheckRunUpdate $update): HandlerStack
    {
        $stack = $this->stack;
        $stack->push(Middleware::retry($this->decider($update), $this->backoff(...)), 'retry_check_run'); // leak

        return $stack;
    }

    private function decider(CheckRunUpdate $update): \Closure
    {
        $budget = $update->conclusion === null ? 5 : 3;

        return function (int $retries, Request $request, ?Response $response) use ($update, $budget): bool {
            if ($retries >= $budget) {
                return false;
            }
            if ($response === null) {
                return true;
            }
            $this->limiter->penalize($update->repository, (int) $response->header('retry-after'));

            return in_array($response->status, self::RETRY_STATUSES, true);
        };
    }

    private function backoff(int $retries, ?Response $response): int
    {
        $retryAfter = $response === null ? 0 : (int) $response->header('retry-after');

        return max($retryAfter * 1000, 250 * 2 ** $retries);
    }
}
