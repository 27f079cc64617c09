<?php

namespace Spiral\RoadRunner;

interface WorkerInterface
{
    public function waitPayload(): ?Payload;

    public function respond(Payload $payload): void;

    public function error(string $error): void;

    public function stop(): void;
}
