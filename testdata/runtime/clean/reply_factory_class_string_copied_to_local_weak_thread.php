<?php
// A comment thread asks a configurable factory for each reply. The
// factory copies its class string into a local before `new $class(…)`,
// and the reply class keeps only a weak reference to the thread it is
// given: each thread built per request is freed with its replies as soon
// as the request drops it.

final class Reply
{
    /** @var WeakReference<Thread> */
    public readonly WeakReference $thread;

    public function __construct(Thread $thread, public readonly string $body)
    {
        $this->thread = WeakReference::create($thread);
    }
}

final class ReplyFactory
{
    /** @param class-string<Reply> $replyClass */
    public function __construct(private readonly string $replyClass = Reply::class)
    {
    }

    public function make(Thread $thread, string $body): Reply
    {
        $class = $this->replyClass;
        return new $class($thread, $body);
    }
}

final class Thread
{
    /** @var list<Reply> */
    private array $replies = [];

    public function __construct(private readonly ReplyFactory $factory, public readonly string $topic)
    {
    }

    public function reply(string $body): void
    {
        $this->replies[] = $this->factory->make($this, $body);
    }
}

$factory = new ReplyFactory();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $thread = new Thread($factory, 'topic-' . $i);
    $thread->reply(str_repeat('first! ', 40));
    $thread->reply('reply ' . $i);
}
