<?php

declare(strict_types=1);

namespace App\Serializer;

use ReflectionClass;
use ReflectionProperty;

final class PropertyMetadata
{
    public function __construct(
        public readonly string $name,
        public readonly string $serializedName,
        public readonly bool $isCollection,
    ) {}
}

final class ClassMetadataFactory
{
    /** @var array<class-string, list<PropertyMetadata>> */
    private array $loaded = [];

    /** @return list<PropertyMetadata> */
    public function getMetadataFor(object $object): array
    {
        return $this->loaded[$object::class] ??= array_map(
            static fn (ReflectionProperty $p): PropertyMetadata => new PropertyMetadata(
                $p->getName(),
                strtolower(preg_replace('/(?<!^)[A-Z]/', '_$0', $p->getName())),
                (string) $p->getType() === 'array',
            ),
            (new ReflectionClass($object))->getProperties(ReflectionProperty::IS_PUBLIC),
        );
    }
}

interface Versioned
{
    public function etag(): string;
}

/**
 * Normalizes resource graphs. The same author or tag shows up many times in one
 * listing, so normalized forms are memoized per object.
 */
final class ObjectNormalizer
{
    /** @var array<string, array{source: object, data: array<string, mixed>}> */
    private array $normalized = [];

    public function __construct(private readonly ClassMetadataFactory $metadata) {}

    /** @return array<string, mixed> */
    public function normalize(object $object): array
    {
        $hash = spl_object_hash($object);
        if (isset($this->normalized[$hash]) && $this->normalized[$hash]['source'] === $object) {
            return $this->normalized[$hash]['data'];
        }

        $data = [];
        foreach ($this->metadata->getMetadataFor($object) as $property) {
            $value = $object->{$property->name};
            $data[$property->serializedName] = match (true) {
                $property->isCollection => array_map(fn ($item) => is_object($item) ? $this->normalize($item) : $item, $value),
                is_object($value) => $this->normalize($value),
                default => $value,
            };
        }

        $this->normalized[$hash] = ['source' => $object, 'data' => $data]; // leak

        return $data;
    }
}

namespace App\Api;

use App\Serializer\ObjectNormalizer;
use App\Serializer\Versioned;

final class AuthorResource implements Versioned
{
    public function __construct(public int $id, public string $displayName, public string $profileUrl) {}

    public function etag(): string
    {
        return md5($this->id . $this->displayName);
    }
}

final class TagResource implements Versioned
{
    public function __construct(public string $slug, public string $label) {}

    public function etag(): string
    {
        return md5($this->slug . $this->label);
    }
}

final class ArticleResource implements Versioned
{
    /** @param list<TagResource> $tags */
    public function __construct(
        public int $id,
        public string $title,
        public string $excerpt,
        public AuthorResource $author,
        public array $tags,
    ) {}

    public function etag(): string
    {
        return md5($this->id . $this->title . $this->excerpt);
    }
}

final class ArticleController
{
    public function __construct(private readonly ObjectNormalizer $normalizer) {}

    public function show(array $request): string
    {
        $id = (int) $request['id'];
        $author = new AuthorResource($id % 40, "Author {$request['author']}", "https://example.test/authors/{$request['author']}");
        $article = new ArticleResource(
            $id,
            "Article {$id}: {$request['title']}",
            str_repeat("Lorem ipsum dolor sit amet, article {$id}. ", 8),
            $author,
            [new TagResource('php', 'PHP'), new TagResource("topic-{$id}", "Topic {$id}")],
        );

        return json_encode($this->normalizer->normalize($article), JSON_THROW_ON_ERROR);
    }
}

namespace App;

use App\Api\ArticleController;
use App\Serializer\ClassMetadataFactory;
use App\Serializer\ObjectNormalizer;

$controller = new ArticleController(new ObjectNormalizer(new ClassMetadataFactory()));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $body = $controller->show(['id' => 1000 + $i, 'author' => 'jdoe' . ($i % 40), 'title' => "Long-lived workers, part $i"]);
    unset($body);
}
