<?php
declare(strict_types=1);

namespace App\Realtime;

final class Subscription
{
    /** @param array<string,string> $filter */
    public function __construct(
        public readonly ClientSession $session, // leak
        public readonly string $topic,
        public readonly array $filter,
    ) {
    }

    public function deliver(string $payload): void
    {
        $this->session->push($this->topic, $payload);
    }
}
