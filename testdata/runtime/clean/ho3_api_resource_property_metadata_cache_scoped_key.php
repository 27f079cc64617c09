<?php
// An API Platform style serializer builds property metadata for every item it normalizes through a cached factory whose cache key covers the normalization options.

declare(strict_types=1);

namespace ApiPlatform\Metadata {

    final class ApiProperty
    {
        /**
         * @param list<string> $types
         */
        public function __construct(
            public readonly string $name,
            public readonly array $types,
            public readonly bool $readable,
            public readonly bool $writable,
            public readonly ?string $description = null,
            public readonly bool $identifier = false,
        ) {}
    }
}

namespace ApiPlatform\Metadata\Property\Factory {

    use ApiPlatform\Metadata\ApiProperty;

    interface PropertyMetadataFactoryInterface
    {
        /**
         * @param array<string, mixed> $options
         */
        public function create(string $resourceClass, string $property, array $options = []): ApiProperty;
    }

    /**
     * Reads metadata from reflection and docblocks.
     */
    final class ReflectionPropertyMetadataFactory implements PropertyMetadataFactoryInterface
    {
        public function create(string $resourceClass, string $property, array $options = []): ApiProperty
        {
            $reflection = new \ReflectionProperty($resourceClass, $property);
            $type = $reflection->getType();
            $types = $type instanceof \ReflectionNamedType ? [$type->getName()] : ['mixed'];
            $doc = (string) $reflection->getDocComment();
            $description = preg_match('/\*\s+([^@*\n][^\n]*)/', $doc, $m) ? trim($m[1]) : null;
            $groups = $options['serializer_groups'] ?? [];

            return new ApiProperty(
                $property,
                $types,
                $reflection->isPublic() || in_array('read', $groups, true),
                !$reflection->isReadOnly() && in_array('write', $groups, true),
                $description,
                $property === 'id',
            );
        }
    }

    /**
     * Memoizes the decorated factory for the lifetime of the worker.
     */
    final class CachedPropertyMetadataFactory implements PropertyMetadataFactoryInterface
    {
        /** Options that influence the computed metadata. */
        private const CACHE_KEY_OPTIONS = ['serializer_groups' => true, 'operation_name' => true, 'validation_groups' => true];

        /** @var array<string, ApiProperty> */
        private static array $localCache = [];

        public function __construct(private readonly PropertyMetadataFactoryInterface $decorated) {}

        public function create(string $resourceClass, string $property, array $options = []): ApiProperty
        {
            $cacheKey = hash('xxh128', serialize([$resourceClass, $property, array_intersect_key($options, self::CACHE_KEY_OPTIONS)]));
            if (isset(self::$localCache[$cacheKey])) {
                return self::$localCache[$cacheKey];
            }

            return self::$localCache[$cacheKey] = $this->decorated->create($resourceClass, $property, $options);
        }
    }
}

namespace App\ApiResource {

    final class Book
    {
        /**
         * Identifier of the book.
         */
        public int $id;

        /**
         * The ISBN-13 of the book.
         */
        public string $isbn;

        /**
         * Title as printed on the cover.
         */
        public string $title;

        /**
         * Name of the author.
         */
        public string $author;

        public function __construct(int $id, string $isbn, string $title, string $author)
        {
            $this->id = $id;
            $this->isbn = $isbn;
            $this->title = $title;
            $this->author = $author;
        }
    }
}

namespace App\Serializer {

    use ApiPlatform\Metadata\Property\Factory\PropertyMetadataFactoryInterface;

    final class ItemNormalizer
    {
        public function __construct(private readonly PropertyMetadataFactoryInterface $propertyMetadataFactory) {}

        /**
         * @param array<string, mixed> $context
         * @return array<string, mixed>
         */
        public function normalize(object $object, array $context): array
        {
            $data = ['@id' => $context['request_uri']];
            foreach (array_keys(get_object_vars($object)) as $property) {
                $metadata = $this->propertyMetadataFactory->create($object::class, $property, [
                    'serializer_groups' => $context['groups'],
                    'operation_name' => $context['operation_name'],
                    'request_uri' => $context['request_uri'],
                ]);
                if ($metadata->readable) {
                    $data[$property] = $object->{$property};
                }
            }

            return $data;
        }
    }
}

namespace {

    use ApiPlatform\Metadata\Property\Factory\CachedPropertyMetadataFactory;
    use ApiPlatform\Metadata\Property\Factory\ReflectionPropertyMetadataFactory;
    use App\ApiResource\Book;
    use App\Serializer\ItemNormalizer;

    $normalizer = new ItemNormalizer(new CachedPropertyMetadataFactory(new ReflectionPropertyMetadataFactory()));
    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    for ($i = 0; $i < $n; $i++) {
        $id = 1 + $i;
        $book = new Book($id, sprintf('978-3-16-%06d-0', $id), 'The Long Night, Volume ' . $id, 'J. Doe');
        $json = json_encode($normalizer->normalize($book, [
            'groups' => ['book:read', 'read'],
            'operation_name' => '_api_/books/{id}{._format}_get',
            'request_uri' => '/books/' . $id,
        ]));
    }
}
