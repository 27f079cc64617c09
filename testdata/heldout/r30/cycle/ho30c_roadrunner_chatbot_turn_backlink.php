<?php

declare(strict_types=1);

/*
 * RoadRunner PSR worker for a support chat bot: each HTTP request carries one
 * customer message; the bot rebuilds the conversation from the session
 * payload, classifies the intent and answers.
 */

final class BotRequest
{
    public function __construct(
        public readonly string $sessionId,
        public readonly string $locale,
        public readonly string $text,
        public readonly int $sentAt,
    ) {
    }
}

final class Turn
{
    private ?string $intent = null;

    public function __construct(
        private Conversation $conversation, // leak
        public readonly string $speaker,
        public readonly string $text,
        public readonly int $at,
    ) {
    }

    public function tagIntent(string $intent): void
    {
        $this->intent = $intent;
    }

    public function intent(): ?string
    {
        return $this->intent;
    }

    public function previous(): ?Turn
    {
        return $this->conversation->before($this);
    }
}

final class TurnFactory
{
    public function make(Conversation $conversation, string $speaker, string $text, int $at): Turn
    {
        return new Turn($conversation, $speaker, $text, $at);
    }
}

final class Conversation
{
    /** @var list<Turn> */
    private array $turns = [];

    public function __construct(
        public readonly string $sessionId,
        public readonly string $locale,
        private TurnFactory $turnFactory,
    ) {
    }

    public function record(string $speaker, string $text, int $at): Turn
    {
        $turn = $this->turnFactory->make($this, $speaker, $text, $at);
        $this->turns[] = $turn; // leak

        return $turn;
    }

    public function before(Turn $turn): ?Turn
    {
        $index = array_search($turn, $this->turns, true);

        return $index ? $this->turns[$index - 1] : null;
    }

    public function last(): ?Turn
    {
        return $this->turns[count($this->turns) - 1] ?? null;
    }
}

final class IntentClassifier
{
    private const KEYWORDS = [
        'refund' => ['refund', 'money back', 'chargeback'],
        'shipping' => ['arrived', 'tracking', 'delivery'],
        'account' => ['password', 'login', 'locked'],
    ];

    public function classify(string $text): string
    {
        $lower = strtolower($text);
        foreach (self::KEYWORDS as $intent => $words) {
            foreach ($words as $word) {
                if (str_contains($lower, $word)) {
                    return $intent;
                }
            }
        }

        return 'fallback';
    }
}

final class ReplyComposer
{
    private const REPLIES = [
        'refund' => 'I can help with your refund. Could you share the order number?',
        'shipping' => 'Let me check the delivery status of your parcel.',
        'account' => 'I have sent a password reset link to the address on file.',
        'fallback' => 'Let me connect you with one of our agents.',
    ];

    public function compose(Turn $userTurn): string
    {
        return self::REPLIES[$userTurn->intent() ?? 'fallback'];
    }
}

final class ChatBotHandler
{
    public function __construct(
        private TurnFactory $turns,
        private IntentClassifier $classifier,
        private ReplyComposer $composer,
    ) {
    }

    public function handle(BotRequest $request): array
    {
        $conversation = new Conversation($request->sessionId, $request->locale, $this->turns);

        $userTurn = $conversation->record('customer', $request->text, $request->sentAt);
        $userTurn->tagIntent($this->classifier->classify($request->text));

        $botTurn = $conversation->record('bot', $this->composer->compose($userTurn), $request->sentAt + 1);

        return [
            'session' => $conversation->sessionId,
            'intent' => $userTurn->intent(),
            'reply' => $botTurn->text,
            'in_reply_to' => $botTurn->previous()?->at,
        ];
    }
}

$handler = new ChatBotHandler(new TurnFactory(), new IntentClassifier(), new ReplyComposer());

$messages = [
    'Hi, my parcel for order %d never arrived and the tracking page is empty since Monday.',
    'I would like a refund for order %d, the headset stopped working after two days of use.',
    'My account is locked after I tried to reset the password for order %d, please help.',
];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new BotRequest(
        bin2hex(random_bytes(8)),
        $i % 2 ? 'en_GB' : 'en_US',
        sprintf($messages[$i % 3], 310000 + $i),
        1700000000 + $i * 7,
    );
    $handler->handle($request);
}
