<?php

declare(strict_types=1);

namespace App\Worker;

use App\Controller\ArticleController;
use App\Profiler\QueryCollector;
use App\Profiler\ResetInterface;
use App\Profiler\TimeCollector;

final class HttpWorker
{
    private int $served = 0;

    /**
     * @param list<ResetInterface> $resettable
     */
    public function __construct(
        private readonly ArticleController $articles,
        private readonly array $resettable,
    ) {
    }

    /**
     * @param array{method: string, uri: string, headers: array<string, string>} $request
     * @return array{int, array<string, string>, string}
     */
    public function serve(array $request): array
    {
        $timer = $this->service(TimeCollector::class);
        $timer?->start();

        if (preg_match('#^/articles/(\d+)$#', $request['uri'], $m) === 1) {
            [$status, $body] = $this->articles->show((int) $m[1]);
        } else {
            [$status, $body] = [404, 'Not found'];
        }

        $timer?->stop();
        $headers = ['content-type' => 'text/html; charset=UTF-8'];
        $queries = $this->service(QueryCollector::class);
        if ($queries !== null) {
            $headers['x-debug-queries'] = (string) $queries->count();
        }
        $this->served++;

        return [$status, $headers, $body];
    }

    /**
     * @template T of object
     * @param class-string<T> $class
     * @return T|null
     */
    private function service(string $class): ?object
    {
        foreach ($this->resettable as $service) {
            if ($service instanceof $class) {
                return $service;
            }
        }
        return null;
    }
}
