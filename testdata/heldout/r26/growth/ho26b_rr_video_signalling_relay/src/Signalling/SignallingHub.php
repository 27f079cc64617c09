<?php

declare(strict_types=1);

namespace App\Signalling;

final class SignallingHub
{
    /** @var list<CallContext> */
    private array $contextStack = [];
    private int $relayed = 0;

    public function __construct(private readonly PresenceDirectory $presence)
    {
    }

    public function enterCall(CallContext $context): void
    {
        $this->contextStack[] = $context; // leak
    }

    public function leaveCall(): void
    {
        \array_pop($this->contextStack);
    }

    public function current(): ?CallContext
    {
        return $this->contextStack === [] ? null : $this->contextStack[\count($this->contextStack) - 1];
    }

    public function relay(SignalMessage $message): string
    {
        $node = $this->presence->nodeFor($message->to);
        if ($node === null) {
            $ctx = $this->current();
            throw new PeerUnavailable(\sprintf('peer %s is not connected (call %s)', $message->to, $ctx?->callId ?? '-'));
        }
        $this->relayed++;

        return $node;
    }
}
