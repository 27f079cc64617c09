<?php

declare(strict_types=1);

namespace Spiral\RoadRunner;

interface WorkerInterface
{
    public function waitPayload(): ?Payload;

    public function respond(Payload $payload): void;

    public function error(string $message): void;
}
