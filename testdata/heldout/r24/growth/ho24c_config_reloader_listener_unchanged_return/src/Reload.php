<?php

namespace Ops\ConfigD;

use Lite\EventDispatcher\EventDispatcher;

final class ConfigApplied
{
    public function __construct(
        public readonly string $path,
        public readonly array $values,
        public readonly string $checksum,
    ) {
    }
}

final class ConfigRepository
{
    /** @var array<string, array{values: array, checksum: string}> */
    private array $files = [];

    public function checksum(string $path): ?string
    {
        return $this->files[$path]['checksum'] ?? null;
    }

    public function replace(string $path, array $values, string $checksum): void
    {
        $this->files[$path] = ['values' => $values, 'checksum' => $checksum];
    }
}

final class ReloadJob
{
    private string $traceId;
    private array $parsed = [];
    private ?float $appliedAt = null;

    public function __construct(
        private FileChanged $change,
        private ConfigRepository $repository,
        private EventDispatcher $dispatcher,
    ) {
        $this->traceId = bin2hex(random_bytes(8)) . '-' . $change->mtime;
    }

    public function run(): bool
    {
        $listener = $this->onApplied(...);
        $this->dispatcher->addListener(ConfigApplied::class, $listener); // leak

        $this->parsed = parse_ini_string($this->change->contents, true, INI_SCANNER_RAW) ?: [];
        $checksum = hash('xxh64', serialize($this->parsed));
        if ($this->repository->checksum($this->change->path) === $checksum) {
            // touched but not modified: nothing to apply
            return false;
        }

        $this->repository->replace($this->change->path, $this->parsed, $checksum);
        $this->dispatcher->dispatch(new ConfigApplied($this->change->path, $this->parsed, $checksum));
        $this->dispatcher->removeListener(ConfigApplied::class, $listener);

        return true;
    }

    private function onApplied(ConfigApplied $event): void
    {
        if ($event->path === $this->change->path) {
            $this->appliedAt = microtime(true);
        }
    }
}

final class ConfigReloader
{
    private int $applied = 0;

    public function __construct(
        private ConfigRepository $repository,
        private EventDispatcher $dispatcher,
    ) {
    }

    public function onFileChanged(FileChanged $change): void
    {
        $job = new ReloadJob($change, $this->repository, $this->dispatcher);
        if ($job->run()) {
            $this->applied++;
        }
    }
}
