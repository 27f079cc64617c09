<?php
// A blog's post repository hydrates a Post entity from a database row on each request and installs a lazy initializer that loads the author on first access.

declare(strict_types=1);

namespace Blog\Persistence;

final class Author
{
    public function __construct(
        public readonly int $id,
        public readonly string $displayName,
        public readonly string $bio,
    ) {
    }
}

class Post
{
    private ?Author $author = null;

    private ?\Closure $initializer = null;

    public function __construct(
        private int $id,
        private string $title,
        private string $body,
        private int $authorId,
    ) {
    }

    public function setInitializer(?\Closure $initializer): void
    {
        $this->initializer = $initializer; // leak
    }

    public function getId(): int
    {
        return $this->id;
    }

    public function getTitle(): string
    {
        return $this->title;
    }

    public function getExcerpt(int $length = 140): string
    {
        return \strlen($this->body) > $length ? substr($this->body, 0, $length) . '…' : $this->body;
    }

    public function getAuthor(): ?Author
    {
        if ($this->author === null && $this->initializer !== null) {
            ($this->initializer)();
        }

        return $this->author;
    }
}

final class AuthorGateway
{
    public int $queries = 0;

    public function find(int $id): Author
    {
        $this->queries++;

        return new Author($id, "Author #{$id}", 'Writes about databases and distributed systems.');
    }
}

final class PostHydrator
{
    public function __construct(private AuthorGateway $authors)
    {
    }

    /** @param array{id: int, title: string, body: string, author_id: int} $row */
    public function hydrate(array $row): Post
    {
        $post = new Post($row['id'], $row['title'], $row['body'], $row['author_id']);
        $authors = $this->authors;
        $loader = function () use ($authors): void {
            $this->author = $authors->find($this->authorId);
        };
        $post->setInitializer($loader->bindTo($post, Post::class)); // leak

        return $post;
    }
}

final class PostRepository
{
    public function __construct(private PostHydrator $hydrator)
    {
    }

    public function find(int $id): Post
    {
        $row = [
            'id' => $id,
            'title' => "Scaling read replicas, part {$id}",
            'body' => str_repeat('Replication lag is the first thing you will notice. ', 10) . $id,
            'author_id' => 7 + $id % 3,
        ];

        return $this->hydrator->hydrate($row);
    }
}

final class PostController
{
    public function __construct(private PostRepository $posts)
    {
    }

    public function show(int $id): array
    {
        $post = $this->posts->find($id);
        $view = ['id' => $post->getId(), 'title' => $post->getTitle(), 'excerpt' => $post->getExcerpt()];
        if ($id % 4 === 0) {
            $view['author'] = $post->getAuthor()?->displayName;
        }

        return $view;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$gateway = new AuthorGateway();
$controller = new PostController(new PostRepository(new PostHydrator($gateway)));
for ($i = 0; $i < $n; $i++) {
    $view = $controller->show($i + 1);
}
