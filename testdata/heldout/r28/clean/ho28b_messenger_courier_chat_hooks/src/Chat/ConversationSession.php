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
    public function __construct(
        public readonly string $orderId,
        private EventDispatcher $events,
        private Transcript $transcript,
        private Moderator $moderator,
    ) {
        foreach ($this->listeners() as $eventName => [$listener, $priority]) {
            $this->events->addListener($eventName, $listener, $priority);
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
        $transcript = $this->transcript;

        return array_merge(
            $this->moderationListeners(),
            [ChatMessageEvent::RELAYED => [static function (ChatMessageEvent $event) use ($transcript): void {
                $transcript->append($event->message->senderRole, $event->body(), $event->message->sentAt);
            }, 0]],
        );
    }

    /** @return array<string, array{callable, int}> */
    private function moderationListeners(): array
    {
        return [ChatMessageEvent::RECEIVED => [\Closure::fromCallable([$this->moderator, 'maskEvent']), 10]];
    }
}
