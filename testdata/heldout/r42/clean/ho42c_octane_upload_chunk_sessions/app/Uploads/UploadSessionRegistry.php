<?php

namespace App\Uploads;

/**
 * Resumable (tus-like) upload sessions, kept in the worker between the
 * chunk requests of one upload.
 */
final class UploadSessionRegistry
{
    /** @var array<string, UploadSession> */
    private array $sessions = [];

    public function open(string $tenant, string $uploadId, string $filename, int $totalChunks): UploadSession
    {
        $session = new UploadSession($tenant, $uploadId, $filename, $totalChunks, time());
        $this->sessions[$this->keyFor($tenant, $uploadId)] = $session;

        return $session;
    }

    public function find(string $tenant, string $uploadId): ?UploadSession
    {
        return $this->sessions[$this->keyFor($tenant, $uploadId)] ?? null;
    }

    public function forget(UploadSession $session): void
    {
        unset($this->sessions[$this->keyFor($session->tenant, $session->uploadId)]);
    }

    public function count(): int
    {
        return count($this->sessions);
    }

    private function keyFor(string $tenant, string $uploadId): string
    {
        return strtolower($tenant) . '/' . $uploadId;
    }
}
