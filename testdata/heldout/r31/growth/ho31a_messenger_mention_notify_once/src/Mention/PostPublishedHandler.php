<?php

namespace Community\Mention;

use Symfony\Component\EventDispatcher\EventDispatcher;

final class PostPublishedHandler
{
    public function __construct(private MentionParser $parser, private EventDispatcher $dispatcher)
    {
    }

    public function __invoke(PostPublished $message): void
    {
        $mentions = $this->parser->parse($message->markdown);
        $this->dispatcher->dispatch(new MentionsDetected($message->postId, $message->threadId, $message->authorId, $mentions));
    }
}
