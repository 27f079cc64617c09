<?php

namespace App\Notification;

final class DigestItem
{
    /** @var \WeakReference<Digest>|null the digest owns its items, not the other way round */
    private ?\WeakReference $digest = null;

    public function __construct(
        public readonly string $type,
        public readonly string $actor,
        public readonly string $target,
        public readonly int $occurredAt,
    ) {
    }

    public function attachTo(Digest $digest): void
    {
        $this->digest = \WeakReference::create($digest);
    }

    private function digest(): ?Digest
    {
        return $this->digest?->get();
    }

    public function headline(): string
    {
        $verb = match ($this->type) {
            'like' => 'liked',
            'reply' => 'replied to',
            'follow' => 'started following you after seeing',
            'mention' => 'mentioned you in',
            default => 'interacted with',
        };
        $when = (new \DateTimeImmutable('@' . $this->occurredAt))->format('D H:i');
        return sprintf('[%s] %s %s "%s"', $this->digest()?->locale ?? 'en', $this->actor, $verb, $this->target) . " · {$when}";
    }
}
