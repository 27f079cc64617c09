<?php
// A comment thread asks a configurable factory for each reply. The
// factory copies its class string into a local before `new $class(…)`,
// and the reply class keeps the thread it is given: thread and replies
// reference each other, so every thread built per request is a garbage
// cycle refcounting never frees.

final class Reply
{
    public function __construct(
        public readonly Thread $thread,
        public readonly string $body,
    ) {
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
        $this->replies[] = $this->factory->make($this, $body); // leak
    }
}

$factory = new ReplyFactory();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $thread = new Thread($factory, 'topic-' . $i);
    $thread->reply(str_repeat('first! ', 40));
    $thread->reply('reply ' . $i);
}
