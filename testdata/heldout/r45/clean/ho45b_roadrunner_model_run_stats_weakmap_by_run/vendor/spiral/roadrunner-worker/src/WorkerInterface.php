<?php

namespace Spiral\RoadRunner;

interface WorkerInterface
{
    public function waitPayload(): ?array;

    public function respond(array $payload): void;
}
