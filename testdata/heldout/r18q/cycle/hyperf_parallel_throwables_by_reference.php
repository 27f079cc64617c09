<?php
// Modelled on hyperf/hyperf https://github.com/hyperf/hyperf/pull/4948: Parallel::wait()'s coroutine closure captured &$result and &$throwables, and a caught throwable's trace held that closure, a cycle per failed parallel call
declare(strict_types=1);

namespace Hyperf\Utils;

use Closure;

function call($callback, array $args = [])
{
    if ($callback instanceof Closure) {
        return $callback(...$args);
    }

    return call_user_func_array($callback, $args);
}

/** Swoole\Coroutine stand-in: runs the coroutine body right away. */
final class Co
{
    public static function create(callable $fn): int
    {
        $fn();

        return 1;
    }
}

class Coroutine
{
    public static function create(callable $callable): int
    {
        return Co::create(function () use ($callable) {
            try {
                call($callable);
            } catch (\Throwable $throwable) {
                // logged by the StdoutLogger in the real framework
            }
        });
    }
}

final class WaitGroup
{
    private int $count = 0;

    public function add(int $delta = 1): void
    {
        $this->count += $delta;
    }

    public function done(): void
    {
        --$this->count;
    }

    public function wait(): void
    {
    }
}

class ParallelExecutionException extends \RuntimeException
{
    private array $results = [];
    private array $throwables = [];

    public function setResults(array $results): void
    {
        $this->results = $results;
    }

    public function getResults(): array
    {
        return $this->results;
    }

    public function setThrowables(array $throwables): void
    {
        $this->throwables = $throwables;
    }
}

class Parallel
{
    /**
     * @var callable[]
     */
    private $callbacks = [];

    private $concurrentChannel;

    public function add(callable $callable, $key = null)
    {
        if (is_null($key)) {
            $this->callbacks[] = $callable;
        } else {
            $this->callbacks[$key] = $callable;
        }
    }

    public function wait(bool $throw = true): array
    {
        $result = $throwables = [];
        $wg = new WaitGroup();
        $wg->add(count($this->callbacks));
        foreach ($this->callbacks as $key => $callback) {
            $result[$key] = null;
            Coroutine::create(function () use ($callback, $key, $wg, &$result, &$throwables) { // leak
                try {
                    $result[$key] = call($callback);
                } catch (\Throwable $throwable) {
                    $throwables[$key] = $throwable; // leak
                    unset($result[$key]);
                } finally {
                    $this->concurrentChannel && $this->concurrentChannel->pop();
                    $wg->done();
                }
            });
        }
        $wg->wait();
        if ($throw && ($throwableCount = count($throwables)) > 0) {
            $message = 'Detecting ' . $throwableCount . ' throwable occurred during parallel execution:' . PHP_EOL . $this->formatThrowables($throwables);
            $executionException = new ParallelExecutionException($message);
            $executionException->setResults($result);
            $executionException->setThrowables($throwables);
            throw $executionException;
        }
        return $result;
    }

    private function formatThrowables(array $throwables): string
    {
        $output = '';
        foreach ($throwables as $key => $value) {
            $output .= \sprintf('(%s) %s: %s' . PHP_EOL, $key, get_class($value), $value->getMessage());
        }
        return $output;
    }
}

namespace App\Controller;

use Hyperf\Utils\Parallel;
use Hyperf\Utils\ParallelExecutionException;

final class RpcTimeoutException extends \RuntimeException
{
}

final class DashboardController
{
    public function show(int $userId): array
    {
        $parallel = new Parallel();
        $parallel->add(fn () => ['id' => $userId, 'name' => 'user-' . $userId, 'bio' => str_repeat('about me ', 40)], 'profile');
        $parallel->add(fn () => array_map(fn ($o) => ['order' => $o, 'total' => $o * 3.5], range(1, 12)), 'orders');
        $parallel->add(function () use ($userId) {
            throw new RpcTimeoutException("recommendation-service timed out for user {$userId}"); // leak
        }, 'recommendations');

        try {
            return $parallel->wait();
        } catch (ParallelExecutionException $e) {
            return $e->getResults() + ['recommendations' => []];
        }
    }
}

// Hyperf HTTP worker: every dashboard request fans out three RPC calls; the recommendation service keeps timing out.
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new DashboardController();
for ($i = 0; $i < $n; $i++) {
    $controller->show($i);
}
