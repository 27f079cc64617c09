<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Jobs\Task;

interface ReceivedTaskInterface
{
    public function getId(): string;
    public function getName(): string;
    public function getQueue(): string;
    public function getPayload(): string;
    public function getHeaderLine(string $name): string;
    public function complete(): void;
    public function fail(string|\Throwable $error, bool $requeue = false): void;
}
