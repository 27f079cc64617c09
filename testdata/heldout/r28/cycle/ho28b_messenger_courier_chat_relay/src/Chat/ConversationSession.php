<?php
namespace App\Chat;

use App\Message\RelayChatMessage;
use Symfony\Component\EventDispatcher\EventDispatcher;

/**
 * One courier <-> customer conversation while a message is being relayed.
 * The session owns a dispatcher so that per-conversation hooks (moderation,
 * transcript, read receipts) run in order.
 */
final class ConversationSession
{
    private int $relayed = 0;

    public function __construct(
        public readonly string $orderId,
        private EventDispatcher $events,
        private Transcript $transcript,
        private Moderator $moderator,
    ) {
        foreach ($this->listeners() as $eventName => [$listener, $priority]) {
            $this->events->addListener($eventName, $listener, $priority); // leak
        }
    }

    public function receive(RelayChatMessage $message): ChatMessageEvent
    {
        $event = $this->events->dispatch(new ChatMessageEvent($message), ChatMessageEvent::RECEIVED);
        return $this->events->dispatch($event, ChatMessageEvent::RELAYED);
    }

    public function transcript(): Transcript
    {
        return $this->transcript;
    }

    /** @return array<string, array{callable, int}> */
    private function listeners(): array
    {
        return array_merge(
            $this->moderationListeners(),
            [ChatMessageEvent::RELAYED => [$this->recordRelayed(...), 0]], // leak
        );
    }

    /** @return array<string, array{callable, int}> */
    private function moderationListeners(): array
    {
        return [ChatMessageEvent::RECEIVED => [\Closure::fromCallable([$this, 'moderate']), 10]]; // leak
    }

    private function moderate(ChatMessageEvent $event): void
    {
        $event->setBody($this->moderator->mask($event->body()));
    }

    private function recordRelayed(ChatMessageEvent $event): void
    {
        $this->transcript->append($event->message->senderRole, $event->body(), $event->message->sentAt);
        $this->relayed++;
    }
}
