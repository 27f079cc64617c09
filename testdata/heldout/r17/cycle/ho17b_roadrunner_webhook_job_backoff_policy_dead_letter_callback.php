<?php

declare(strict_types=1);

namespace App\Queue\Retry;

final class TransientFailure extends \RuntimeException
{
}

final class RetryConfig
{
    public function __construct(
        public readonly int $maxAttempts = 3,
        public readonly int $baseDelayMs = 50,
    ) {
    }
}

final class BackoffPolicy
{
    /** @var list<int> */
    private array $delays = [];

    public function __construct(
        private readonly int $maxAttempts,
        private readonly int $baseDelayMs,
        private readonly \Closure $onExhausted, // leak
    ) {
    }

    public function run(callable $operation): mixed
    {
        for ($attempt = 1; ; $attempt++) {
            try {
                return $operation($attempt);
            } catch (TransientFailure $e) {
                if ($attempt >= $this->maxAttempts) {
                    ($this->onExhausted)($e);

                    return null;
                }
                $this->delays[] = $this->baseDelayMs * (2 ** ($attempt - 1));
            }
        }
    }
}

final class DeadLetterQueue
{
    private int $published = 0;

    public function publish(string $endpoint, string $payload, string $reason): void
    {
        $this->published++;
    }
}

namespace App\Webhooks;

use App\Queue\Retry\BackoffPolicy;
use App\Queue\Retry\DeadLetterQueue;
use App\Queue\Retry\RetryConfig;
use App\Queue\Retry\TransientFailure;

final class HttpSender
{
    public function send(string $endpoint, string $payload, int $attempt): int
    {
        if ($attempt === 1 && strlen($payload) % 2 === 0) {
            throw new TransientFailure("{$endpoint} responded 503");
        }

        return 202;
    }
}

final class DeliverWebhookJob
{
    private BackoffPolicy $policy;

    public function __construct(
        private readonly string $endpoint,
        private readonly string $payload,
        private readonly HttpSender $sender,
        private readonly DeadLetterQueue $deadLetters,
        RetryConfig $config,
    ) {
        $onExhausted = function (\Throwable $e): void { // leak
            $this->deadLetter($e);
        };
        $this->policy = new BackoffPolicy($config->maxAttempts, $config->baseDelayMs, $onExhausted); // leak
    }

    public function handle(): ?int
    {
        return $this->policy->run(fn (int $attempt): int => $this->sender->send($this->endpoint, $this->payload, $attempt));
    }

    private function deadLetter(\Throwable $e): void
    {
        $this->deadLetters->publish($this->endpoint, $this->payload, $e->getMessage());
    }
}

final class WebhookJobFactory
{
    public function __construct(
        private readonly HttpSender $sender,
        private readonly DeadLetterQueue $deadLetters,
        private readonly RetryConfig $config,
    ) {
    }

    public function fromTask(array $task): DeliverWebhookJob
    {
        return new DeliverWebhookJob($task['endpoint'], $task['body'], $this->sender, $this->deadLetters, $this->config);
    }
}

namespace Main;

use App\Queue\Retry\DeadLetterQueue;
use App\Queue\Retry\RetryConfig;
use App\Webhooks\HttpSender;
use App\Webhooks\WebhookJobFactory;

final class JobsConsumer
{
    private int $served = 0;

    public function __construct(private readonly int $limit)
    {
    }

    /** @return array{endpoint: string, body: string}|null */
    public function waitTask(): ?array
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $id = ++$this->served;

        return [
            'endpoint' => "https://hooks.partner{$id}.example/orders",
            'body' => json_encode([
                'event' => 'order.shipped',
                'order' => $id,
                'tracking' => str_repeat(strtoupper(dechex($id * 7919)), 40),
                'carrier' => 'DHL Express',
            ]),
        ];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$factory = new WebhookJobFactory(new HttpSender(), new DeadLetterQueue(), new RetryConfig(maxAttempts: 3));
$consumer = new JobsConsumer($n);

while (($task = $consumer->waitTask()) !== null) {
    $factory->fromTask($task)->handle();
}
