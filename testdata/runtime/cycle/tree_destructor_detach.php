<?php
// Comment threads detach their replies in __destruct.

final class Comment
{
    private ?Comment $parent = null;
    /** @var Comment[] */
    private array $replies = [];

    public function __construct(public readonly int $id, public readonly string $body) {}

    public function reply(Comment $reply): void
    {
        $reply->parent = $this; // leak
        $this->replies[] = $reply; // leak
    }

    public function depth(): int
    {
        return $this->parent === null ? 0 : $this->parent->depth() + 1;
    }

    public function __destruct()
    {
        foreach ($this->replies as $reply) {
            $reply->parent = null;
        }
        $this->replies = [];
    }
}

function loadThread(int $postId): int
{
    $root = new Comment($postId, str_repeat('First! ', 30));
    $reply = new Comment($postId * 10 + 1, str_repeat('Agreed. ', 30));
    $root->reply($reply);
    $nested = new Comment($postId * 10 + 2, 'Me too');
    $reply->reply($nested);
    return $nested->depth();
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    loadThread($i);
}
