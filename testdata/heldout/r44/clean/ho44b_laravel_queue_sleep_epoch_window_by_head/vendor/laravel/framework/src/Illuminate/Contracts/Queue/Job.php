<?php

namespace Illuminate\Contracts\Queue;

interface Job
{
    public function getJobId(): ?string;

    public function payload(): array;

    public function fire(): void;

    public function delete(): void;

    public function isDeleted(): bool;

    public function release(int $delay = 0): void;

    public function attempts(): int;

    public function getName(): string;

    public function getQueue(): string;
}
