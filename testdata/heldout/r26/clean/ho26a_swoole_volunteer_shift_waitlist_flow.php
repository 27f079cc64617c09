<?php

// Volunteer shift sign-up under a Swoole HTTP server: each request builds a
// sign-up flow with its own event bag; listeners come from a map the flow
// builds and merges with the organisation's defaults.

final class SwooleRequestStub
{
    public array $post;
    public array $server;

    public function __construct(array $post, string $uri)
    {
        $this->post = $post;
        $this->server = ['request_uri' => $uri, 'request_method' => 'POST'];
    }
}

final class SwooleResponseStub
{
    public int $status = 200;
    public string $body = '';

    public function status(int $code): void
    {
        $this->status = $code;
    }

    public function end(string $body): void
    {
        $this->body = $body;
    }
}

final class ShiftConfirmed
{
    public function __construct(
        public readonly string $shiftId,
        public readonly string $volunteerEmail,
        public readonly string $volunteerName,
        public readonly DateTimeImmutable $startsAt,
        public readonly string $site,
    ) {
    }
}

final class FlowEvents
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function emit(string $event, object $payload): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener($payload);
        }
    }
}

final class OutboxMailer
{
    private int $sent = 0;

    public function send(string $to, string $subject, string $body): void
    {
        // handed to the SMTP relay in production; counted here
        $this->sent++;
    }
}

final class RosterRepository
{
    private array $capacity = ['food-bank' => 12, 'library-literacy' => 6, 'park-cleanup' => 25];

    public function hasCapacity(string $site, int $booked): bool
    {
        return $booked < ($this->capacity[$site] ?? 0);
    }
}

final class ShiftSignupFlow
{
    private FlowEvents $events;

    public function __construct(
        private OutboxMailer $mailer,
        private RosterRepository $roster,
        private array $defaultListeners,
    ) {
        $this->events = new FlowEvents();
        foreach ($this->listenerMap() as $event => $listener) {
            $this->events->on($event, $listener);
        }
    }

    private function listenerMap(): array
    {
        $mailer = $this->mailer;

        return array_merge($this->defaultListeners, [
            'shift.confirmed' => static function (ShiftConfirmed $e) use ($mailer): void {
                ShiftSignupFlow::sendConfirmation($mailer, $e);
            },
        ]);
    }

    public static function sendConfirmation(OutboxMailer $mailer, ShiftConfirmed $e): void
    {
        $body = sprintf(
            "Hi %s,\n\nThanks for signing up for shift %s at %s on %s.\nPlease arrive ten minutes early.\n",
            $e->volunteerName,
            $e->shiftId,
            $e->site,
            $e->startsAt->format('l j F, H:i'),
        );
        $mailer->send($e->volunteerEmail, 'Your volunteer shift is confirmed', $body);
    }

    public function signUp(array $post): int
    {
        if (!$this->roster->hasCapacity($post['site'], (int) $post['booked'])) {
            return 409;
        }
        $this->events->emit('shift.confirmed', new ShiftConfirmed(
            $post['shift_id'],
            $post['email'],
            $post['name'],
            new DateTimeImmutable($post['starts_at']),
            $post['site'],
        ));
        return 201;
    }
}

$mailer = new OutboxMailer();
$roster = new RosterRepository();
$defaults = [
    'shift.cancelled' => static function (object $e): void {},
];

$onRequest = static function (SwooleRequestStub $request, SwooleResponseStub $response) use ($mailer, $roster, $defaults): void {
    $flow = new ShiftSignupFlow($mailer, $roster, $defaults);
    $response->status($flow->signUp($request->post));
    $response->end('');
};

$sites = ['food-bank', 'library-literacy', 'park-cleanup'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new SwooleRequestStub([
        'shift_id' => 'SH-' . (7000 + $i),
        'site' => $sites[$i % 3],
        'booked' => $i % 5,
        'email' => "volunteer{$i}@helpers.example.org",
        'name' => 'Volunteer ' . $i,
        'starts_at' => date('Y-m-d H:i', 1767258000 + 3600 * ($i % 240)),
    ], '/shifts/signup');
    $onRequest($request, new SwooleResponseStub());
}
