<?php
// FrankenPHP worker for the guest messaging inbox of a hotel group: inbound
// WhatsApp/SMS webhooks are matched to the guest's stay, the conversation
// state (quiet hours, last topics, unanswered count) is updated and an
// auto-reply is chosen.

declare(strict_types=1);

if (!function_exists('frankenphp_handle_request')) {
    // Local stand-in for the FrankenPHP worker API (the real one blocks until
    // Caddy hands over the next request).
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $limit = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $limit) {
            return false;
        }
        $_POST = [
            'from' => sprintf('+4479%08d', 30000000 + $served * 7919 % 9000000),
            'body' => 'Hi, could we get a late checkout tomorrow? We fly at ' . (18 + $served % 5) . ':40. Also room ' . (100 + $served % 380) . ' has no towels, thanks!',
            'channel' => ['whatsapp', 'sms', 'booking_messages'][$served % 3],
            'received_at' => (string) (1767225600 + $served * 37),
        ];
        $handler();
        $served++;

        return true;
    }
}

final class Guest
{
    public function __construct(
        public readonly string $id,
        public readonly string $fullName,
        public readonly string $phone,
        public readonly string $email,
        public readonly string $locale,
        public readonly string $reservationCode,
    ) {
    }
}

final class ConversationState
{
    /** @var list<string> */
    public array $recentTopics = [];
    public int $unanswered = 0;
    public ?int $lastInboundAt = null;

    public function __construct(public readonly string $guestId, public readonly string $timezone)
    {
    }

    public function recordInbound(string $topic, int $at): void
    {
        $this->recentTopics[] = $topic;
        if (count($this->recentTopics) > 5) {
            array_shift($this->recentTopics);
        }
        $this->unanswered++;
        $this->lastInboundAt = $at;
    }
}

final class GuestDirectory
{
    /** Hydrates a fresh entity from the PMS on every lookup. */
    public function byPhone(string $phone): Guest
    {
        $n = (int) substr($phone, -6);

        return new Guest(
            sprintf('G-%06d', $n),
            'Guest ' . str_pad((string) $n, 6, '0', STR_PAD_LEFT) . ' ' . ['Müller', 'Okafor', 'Rossi', 'Tanaka'][$n % 4],
            $phone,
            sprintf('guest%06d@example-mail.test', $n),
            ['en_GB', 'de_DE', 'it_IT', 'ja_JP'][$n % 4],
            sprintf('BK%06d-%s', $n, strtoupper(substr(md5($phone), 0, 6))),
        );
    }
}

final class ConversationRegistry
{
    private SplObjectStorage $states;

    public function __construct(private readonly string $propertyTimezone)
    {
        $this->states = new SplObjectStorage();
    }

    public function stateFor(Guest $guest): ConversationState
    {
        if (!$this->states->contains($guest)) {
            $this->states->attach($guest, new ConversationState($guest->id, $this->propertyTimezone)); // leak
        }

        return $this->states[$guest];
    }
}

final class TopicClassifier
{
    private const KEYWORDS = [
        'late_checkout' => ['late checkout', 'check out later'],
        'housekeeping' => ['towels', 'cleaning', 'sheets'],
        'transfer' => ['taxi', 'airport', 'fly'],
    ];

    public function classify(string $body): string
    {
        $lower = strtolower($body);
        foreach (self::KEYWORDS as $topic => $words) {
            foreach ($words as $word) {
                if (str_contains($lower, $word)) {
                    return $topic;
                }
            }
        }

        return 'general';
    }
}

final class InboundMessageHandler
{
    public function __construct(
        private readonly GuestDirectory $guests,
        private readonly ConversationRegistry $conversations,
        private readonly TopicClassifier $classifier,
    ) {
    }

    public function handle(array $post): array
    {
        $guest = $this->guests->byPhone($post['from']);
        $state = $this->conversations->stateFor($guest);
        $topic = $this->classifier->classify($post['body']);
        $state->recordInbound($topic, (int) $post['received_at']);

        return [
            'reply_to' => $guest->phone,
            'template' => $topic === 'late_checkout' ? 'late_checkout_offer' : 'ack_' . $topic,
            'locale' => $guest->locale,
            'escalate' => $state->unanswered > 3,
        ];
    }
}

// --- boot -------------------------------------------------------------------
$handler = new InboundMessageHandler(
    new GuestDirectory(),
    new ConversationRegistry('Europe/Lisbon'),
    new TopicClassifier(),
);

while (frankenphp_handle_request(static function () use ($handler): void {
    $reply = $handler->handle($_POST);
    unset($reply);
})) {
    gc_collect_cycles();
}
