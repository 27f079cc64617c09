<?php
// An ORM-style collection remembers the entity that owns it, and the entity owns the collection.

final class PersistentCollection implements Countable
{
    /** @var list<object> */
    private array $elements = [];

    public function __construct(
        private object $owner, // leak
        private string $field,
    ) {}

    public function add(object $element): void
    {
        $this->elements[] = $element;
    }

    public function count(): int
    {
        return count($this->elements);
    }
}

final class Comment
{
    public function __construct(public readonly string $author, public readonly string $text) {}
}

final class BlogPost
{
    public PersistentCollection $comments;

    public function __construct(public string $title, public string $body)
    {
        $this->comments = new PersistentCollection($this, 'comments'); // leak
    }
}

function showPost(int $id): int
{
    $post = new BlogPost("Post {$id}", str_repeat('Lorem ipsum dolor sit amet. ', 20));
    $post->comments->add(new Comment('ann', 'Great post!'));
    return count($post->comments);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    showPost($i);
}
