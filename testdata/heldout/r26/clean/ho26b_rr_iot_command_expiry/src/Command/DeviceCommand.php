<?php

declare(strict_types=1);

namespace App\Command;

final class DeviceCommand
{
    public function __construct(
        public readonly string $id,
        public readonly string $deviceId,
        public readonly string $action,
        public readonly array $params,
        public readonly int $issuedAt,
        public readonly int $expiresAt,
        public readonly string $requestedBy,
        public readonly string $traceParent = '',
    ) {
    }

    public static function fromPayload(array $payload, string $traceParent = ''): self
    {
        return new self(
            (string) $payload['command_id'],
            (string) $payload['device'],
            (string) $payload['action'],
            (array) ($payload['params'] ?? []),
            (int) $payload['issued_at'],
            (int) $payload['issued_at'] + (int) ($payload['ttl'] ?? 30),
            (string) ($payload['requested_by'] ?? 'system'),
            $traceParent,
        );
    }

    public function toWire(): string
    {
        return \json_encode(['id' => $this->id, 'a' => $this->action, 'p' => $this->params, 'exp' => $this->expiresAt]);
    }
}
