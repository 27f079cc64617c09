<?php
// A long-lived notice router tracks in-flight notices in an SplObjectStorage:
// begin() attaches the notice, complete() detaches it. The caller reassigns
// its variable with an immutable wither between the two calls, so complete()
// is given a new object that was never attached, and every notice stays.

final class Notice
{
    public function __construct(
        public readonly string $id,
        public readonly string $recipient,
        public readonly string $body,
        public readonly string $status = 'new',
    ) {}

    public function withStatus(string $status): self
    {
        return new self($this->id, $this->recipient, $this->body, $status);
    }
}

final class NoticeRouter
{
    private SplObjectStorage $inflight;

    public function __construct()
    {
        $this->inflight = new SplObjectStorage();
    }

    public function begin(Notice $notice): void
    {
        $this->inflight->attach($notice, ['started' => microtime(true), 'channel' => str_contains($notice->recipient, '@') ? 'mail' : 'sms']); // leak
    }

    public function complete(Notice $notice): void
    {
        $this->inflight->detach($notice);
    }

    public function pending(): int
    {
        return count($this->inflight);
    }
}

function dispatchNotice(NoticeRouter $router, array $message): string
{
    $notice = new Notice($message['id'], $message['to'], $message['body']);
    $router->begin($notice);
    $notice = $notice->withStatus('routed');
    $sent = strlen($notice->body) > 0 ? 'sent' : 'empty';
    $router->complete($notice);

    return $sent;
}

$router = new NoticeRouter();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $message = ['id' => "ntc-{$i}", 'to' => "user{$i}@example.test", 'body' => "Your parcel {$i} is on its way. " . str_repeat('Track it online. ', 30)];
    dispatchNotice($router, $message);
}
