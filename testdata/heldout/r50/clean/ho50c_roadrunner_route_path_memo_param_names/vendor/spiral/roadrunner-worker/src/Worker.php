<?php

namespace Spiral\RoadRunner;

/**
 * Minimal goridge relay: a payload is a JSON header plus a body.
 */
interface RelayInterface
{
    /** @return array{0: string, 1: string}|null */
    public function receive(): ?array;

    public function send(string $header, string $body): void;
}

final class Payload
{
    public function __construct(public readonly string $body, public readonly string $header)
    {
    }
}

final class Worker
{
    private function __construct(private RelayInterface $relay)
    {
    }

    public static function createFromRelay(RelayInterface $relay): self
    {
        return new self($relay);
    }

    public function waitPayload(): ?Payload
    {
        $frame = $this->relay->receive();

        return $frame === null ? null : new Payload($frame[1], $frame[0]);
    }

    public function respond(Payload $payload): void
    {
        $this->relay->send($payload->header, $payload->body);
    }
}
