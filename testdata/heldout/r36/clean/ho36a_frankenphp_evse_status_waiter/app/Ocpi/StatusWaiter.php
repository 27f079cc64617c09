<?php

namespace App\Ocpi;

final class StatusWaiter
{
    private ?array $result = null;

    public function __construct(
        public readonly string $requestId,
        public readonly string $evseUid,
        public readonly string $clientToken,
        public readonly string $userAgent,
        public readonly int $since,
    ) {
    }

    public function listener(): \Closure
    {
        return fn (string $evseUid, string $status, int $changedAt) => $this->resolve($status, $changedAt);
    }

    public function resolve(string $status, int $changedAt): void
    {
        $this->result ??= [
            'evse_uid' => $this->evseUid,
            'status' => $status,
            'last_updated' => gmdate('Y-m-d\TH:i:s\Z', $changedAt),
            'request_id' => $this->requestId,
        ];
    }

    public function isResolved(): bool
    {
        return $this->result !== null;
    }

    public function result(): ?array
    {
        return $this->result;
    }
}
