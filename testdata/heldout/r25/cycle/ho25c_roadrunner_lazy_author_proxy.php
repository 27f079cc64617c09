<?php

declare(strict_types=1);

/*
 * RoadRunner HTTP worker serving GET /posts/{id}. Posts are hydrated with
 * lazy-loading proxies for their author and last editor, like Doctrine's
 * ProxyFactory: the proxy is only initialised when a non-identifier
 * property is read. The JSON view only needs author ids.
 */

interface LazyProxy
{
    public function __setInitializer(?\Closure $initializer): void;

    public function __isInitialized(): bool;
}

final class ArrayConnection
{
    public int $queries = 0;

    public function fetchAssociative(string $sql, array $params): array
    {
        $this->queries++;
        $id = (int) $params[0];

        return ['id' => $id, 'display_name' => 'user' . $id, 'email' => "user{$id}@example.org", 'bio' => str_repeat('Writer. ', 20)];
    }
}

class User
{
    protected int $id = 0;
    protected string $displayName = '';
    protected string $email = '';
    protected string $bio = '';

    public function getId(): int
    {
        return $this->id;
    }

    public function getDisplayName(): string
    {
        return $this->displayName;
    }

    public function hydrate(array $row): void
    {
        $this->id = (int) $row['id'];
        $this->displayName = $row['display_name'];
        $this->email = $row['email'];
        $this->bio = $row['bio'];
    }
}

final class UserProxy extends User implements LazyProxy
{
    private ?\Closure $initializer = null;
    private array $identifier;

    public function __construct(array $identifier)
    {
        $this->identifier = $identifier;
        $this->id = (int) $identifier['id'];
    }

    public function __setInitializer(?\Closure $initializer): void
    {
        $this->initializer = $initializer; // leak
    }

    public function __isInitialized(): bool
    {
        return $this->initializer === null;
    }

    private function __load(): void
    {
        if ($this->initializer !== null) {
            $initializer = $this->initializer;
            $this->initializer = null;
            $initializer();
        }
    }

    // The identifier getter never triggers initialisation.
    public function getId(): int
    {
        return $this->id;
    }

    public function getDisplayName(): string
    {
        $this->__load();

        return parent::getDisplayName();
    }
}

final class ProxyFactory
{
    public function __construct(private ArrayConnection $connection)
    {
    }

    public function getProxy(string $table, array $identifier): UserProxy
    {
        $proxy = new UserProxy($identifier);
        $proxy->__setInitializer($this->createInitializer($table, $proxy, $identifier)); // leak

        return $proxy;
    }

    private function createInitializer(string $table, UserProxy $proxy, array $identifier): \Closure
    {
        $connection = $this->connection;
        $sql = sprintf('SELECT * FROM %s WHERE %s', $table, implode(' AND ', array_map(fn ($c) => "$c = ?", array_keys($identifier))));

        return static function () use ($connection, $sql, $proxy, $identifier): void { // leak
            $row = $connection->fetchAssociative($sql, array_values($identifier));
            $proxy->hydrate($row);
        };
    }
}

final class Post
{
    public function __construct(
        public readonly int $id,
        public readonly string $title,
        public readonly string $body,
        public readonly User $author,
        public readonly User $lastEditor,
        public readonly string $publishedAt,
    ) {
    }
}

final class PostRepository
{
    public function __construct(private ProxyFactory $proxies)
    {
    }

    public function find(int $id): Post
    {
        $row = [
            'id' => $id,
            'title' => "Release notes #$id",
            'body' => str_repeat('Lorem ipsum dolor sit amet. ', 10),
            'author_id' => 1000 + $id % 500,
            'editor_id' => 2000 + $id % 300,
            'published_at' => gmdate('c', 1700000000 + $id * 3600),
        ];

        return new Post(
            $row['id'],
            $row['title'],
            $row['body'],
            $this->proxies->getProxy('users', ['id' => $row['author_id']]),
            $this->proxies->getProxy('users', ['id' => $row['editor_id']]),
            $row['published_at'],
        );
    }
}

final class PostController
{
    public function __construct(private PostRepository $posts)
    {
    }

    public function show(array $request): string
    {
        $post = $this->posts->find((int) $request['attributes']['id']);

        return json_encode([
            'id' => $post->id,
            'title' => $post->title,
            'author_id' => $post->author->getId(),
            'editor_id' => $post->lastEditor->getId(),
            'published_at' => $post->publishedAt,
        ]);
    }
}

// --- worker boot -----------------------------------------------------------
$connection = new ArrayConnection();
$controller = new PostController(new PostRepository(new ProxyFactory($connection)));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 1; $i <= $n; $i++) {
    // stand-in for $psr7->waitRequest()
    $request = ['method' => 'GET', 'uri' => "/posts/$i", 'attributes' => ['id' => (string) (500 + $i)]];
    $response = $controller->show($request);
    unset($request, $response);
}
