<?php

declare(strict_types=1);

namespace App\Runtime;

/**
 * Stand-in for an AMPHP-style consumer: every job runs in its own fiber and
 * suspends while waiting for I/O; the loop resumes it when the answer is in.
 */
final class PaymentGateway
{
    /** @var list<array{\Fiber, string}> */
    private array $waiting = [];

    public function authorize(string $cartId, int $amountCents): string
    {
        $fiber = \Fiber::getCurrent() ?? throw new \LogicException('authorize() must run inside a fiber');
        $this->waiting[] = [$fiber, sprintf('auth_%s_%d', $cartId, $amountCents)];

        return \Fiber::suspend();
    }

    public function tick(): bool
    {
        if ($this->waiting === []) {
            return false;
        }
        [$fiber, $authorization] = array_shift($this->waiting);
        $fiber->resume($authorization);

        return true;
    }
}

final class FiberConsumer
{
    private int $completed = 0;

    public function __construct(private readonly PaymentGateway $gateway)
    {
    }

    public function dispatch(\Closure $job): void
    {
        $fiber = new \Fiber($job);
        $fiber->start();
        while (!$fiber->isTerminated() && $this->gateway->tick()) {
            // keep the loop spinning until the job is done
        }
        $this->completed++;
    }
}
