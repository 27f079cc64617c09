<?php

namespace App\Support;

/**
 * Collects UI toast notifications raised while handling a request.
 */
class ToastNotifier
{
    /** @var list<Toast> */
    private array $toasts = [];

    public function __construct(private readonly int $timeoutMs = 5000)
    {
    }

    public function success(string $message, array $options = []): void
    {
        $this->push('success', $message, $options);
    }

    public function error(string $message, array $options = []): void
    {
        $this->push('error', $message, $options);
    }

    public function push(string $level, string $message, array $options = []): void
    {
        $this->toasts[] = new Toast($level, $message, $options + ['timeout' => $this->timeoutMs]); // leak
    }

    /**
     * @return list<Toast>
     */
    public function unread(): array
    {
        $unread = array_values(array_filter($this->toasts, static fn (Toast $t): bool => !$t->shown));
        foreach ($unread as $toast) {
            $toast->shown = true;
        }

        return $unread;
    }

    public function clear(): void
    {
        $this->toasts = [];
    }
}
