<?php
// An API Platform-style book endpoint served by a long-running worker normalizes each requested book with an object normalizer that caches the allowed attributes per class and serialization context.

declare(strict_types=1);

namespace Symfony\Component\Serializer\Attribute {

    #[\Attribute(\Attribute::TARGET_PROPERTY)]
    final class Groups
    {
        /** @param list<string> $groups */
        public function __construct(public readonly array $groups)
        {
        }
    }

    #[\Attribute(\Attribute::TARGET_PROPERTY)]
    final class SerializedName
    {
        public function __construct(public readonly string $serializedName)
        {
        }
    }
}

namespace Symfony\Component\Serializer\Normalizer {

    use Symfony\Component\Serializer\Attribute\Groups;
    use Symfony\Component\Serializer\Attribute\SerializedName;

    /**
     * Normalizes objects by reading their properties, honouring serialization groups and serialized names.
     */
    class ObjectNormalizer
    {
        public const GROUPS = 'groups';
        public const OBJECT_TO_POPULATE = 'object_to_populate';
        public const EXCLUDE_FROM_CACHE_KEY = 'exclude_from_cache_key';
        public const ENABLE_MAX_DEPTH = 'enable_max_depth';

        /** @var array<string, array<string, array{property: string, serialized_name: string, groups: list<string>}>> */
        private array $attributesCache = [];

        /** @var array<string, mixed> */
        private array $defaultContext = [
            self::EXCLUDE_FROM_CACHE_KEY => [],
            self::ENABLE_MAX_DEPTH => false,
        ];

        /**
         * @param array<string, mixed> $defaultContext
         */
        public function __construct(array $defaultContext = [])
        {
            $this->defaultContext = array_merge($this->defaultContext, $defaultContext);
        }

        /**
         * @param array<string, mixed> $context
         *
         * @return array<string, mixed>
         */
        public function normalize(object $object, ?string $format = null, array $context = []): array
        {
            if (!isset($context['cache_key'])) {
                $context['cache_key'] = $this->getCacheKey($format, $context);
            }

            $data = [];
            foreach ($this->getAttributes($object, $format, $context) as $attribute) {
                $value = (new \ReflectionProperty($object, $attribute['property']))->getValue($object);
                if (is_object($value)) {
                    $value = $this->normalize($value, $format, $this->createChildContext($context, $attribute['property']));
                }
                $data[$attribute['serialized_name']] = $value;
            }

            return $data;
        }

        /**
         * @param array<string, mixed> $context
         *
         * @return array<string, array{property: string, serialized_name: string, groups: list<string>}>
         */
        protected function getAttributes(object $object, ?string $format, array $context): array
        {
            $class = $object::class;
            $key = $class . '-' . $context['cache_key'];

            if (isset($this->attributesCache[$key])) {
                return $this->attributesCache[$key];
            }

            $attributes = $this->extractAttributes($object, $context);

            if ($context['cache_key']) {
                $this->attributesCache[$key] = $attributes; // leak
            }

            return $attributes;
        }

        /**
         * @param array<string, mixed> $context
         *
         * @return array<string, array{property: string, serialized_name: string, groups: list<string>}>
         */
        protected function extractAttributes(object $object, array $context): array
        {
            $wanted = (array) ($context[self::GROUPS] ?? []);
            $attributes = [];
            foreach ((new \ReflectionClass($object))->getProperties() as $property) {
                $groups = [];
                foreach ($property->getAttributes(Groups::class) as $attribute) {
                    $groups = array_merge($groups, $attribute->newInstance()->groups);
                }
                if ($wanted && !array_intersect($wanted, $groups)) {
                    continue;
                }

                $serializedName = $property->getName();
                foreach ($property->getAttributes(SerializedName::class) as $attribute) {
                    $serializedName = $attribute->newInstance()->serializedName;
                }

                $attributes[$property->getName()] = [
                    'property' => $property->getName(),
                    'serialized_name' => $serializedName,
                    'groups' => $groups,
                ];
            }

            return $attributes;
        }

        /**
         * @param array<string, mixed> $parentContext
         *
         * @return array<string, mixed>
         */
        protected function createChildContext(array $parentContext, string $attribute): array
        {
            $parentContext['attributes_path'] = ltrim(($parentContext['attributes_path'] ?? '') . '.' . $attribute, '.');
            unset($parentContext['cache_key']);

            return $parentContext;
        }

        /**
         * Builds the cache key for the attributes cache.
         *
         * @param array<string, mixed> $context
         */
        private function getCacheKey(?string $format, array $context): string|false
        {
            unset($context['cache_key']);

            try {
                return md5($format . serialize($context));
            } catch (\Exception) {
                // The context cannot be serialized, skip the cache
                return false;
            }
        }
    }
}

namespace App\Entity {

    use Symfony\Component\Serializer\Attribute\Groups;
    use Symfony\Component\Serializer\Attribute\SerializedName;

    final class Author
    {
        public function __construct(
            #[Groups(['book:read', 'author:read'])]
            private int $id,
            #[Groups(['book:read', 'author:read'])]
            #[SerializedName('full_name')]
            private string $fullName,
            #[Groups(['author:read'])]
            private string $biography,
        ) {
        }
    }

    final class Book
    {
        public function __construct(
            #[Groups(['book:read'])]
            private int $id,
            #[Groups(['book:read', 'book:write'])]
            private string $isbn,
            #[Groups(['book:read', 'book:write'])]
            private string $title,
            #[Groups(['book:read', 'book:write'])]
            private string $description,
            #[Groups(['book:read'])]
            #[SerializedName('publication_date')]
            private string $publicationDate,
            #[Groups(['book:read'])]
            private Author $author,
            #[Groups(['book:read'])]
            #[SerializedName('average_rating')]
            private float $averageRating,
            #[Groups(['admin:read'])]
            private string $internalNotes = '',
        ) {
        }
    }
}

namespace App\Api {

    use App\Entity\Author;
    use App\Entity\Book;
    use Symfony\Component\Serializer\Normalizer\ObjectNormalizer;

    final class SerializerContextBuilder
    {
        /**
         * @return array<string, mixed>
         */
        public function createFromRequest(string $method, string $path, string $query, bool $normalization): array
        {
            return [
                'groups' => $normalization ? ['book:read'] : ['book:write'],
                'operation_name' => strtolower($method) . '_book_item',
                'resource_class' => Book::class,
                'request_uri' => $path . ($query !== '' ? '?' . $query : ''),
                'uri' => 'https://api.example.test' . $path,
                ObjectNormalizer::EXCLUDE_FROM_CACHE_KEY => ['request_uri', 'uri'],
            ];
        }
    }

    final class BookProvider
    {
        public function provide(int $id): Book
        {
            return new Book(
                $id,
                sprintf('978-3-16-%06d-0', $id),
                sprintf('The Long Afternoon, volume %d', $id % 12),
                str_repeat('A quiet story about a lighthouse keeper. ', 5),
                '2019-05-0' . (1 + $id % 9),
                new Author(10 + $id % 40, 'Ilse Marquardt', 'Writes about the North Sea.'),
                3.5 + ($id % 15) / 10,
            );
        }
    }

    final class BookItemController
    {
        public function __construct(
            private BookProvider $provider,
            private SerializerContextBuilder $contextBuilder,
            private ObjectNormalizer $normalizer,
        ) {
        }

        public function __invoke(string $path, string $query): string
        {
            $id = (int) substr($path, strrpos($path, '/') + 1);
            $context = $this->contextBuilder->createFromRequest('GET', $path, $query, true);
            $data = $this->normalizer->normalize($this->provider->provide($id), 'jsonld', $context);

            return json_encode(['@id' => $path, '@type' => 'Book'] + $data, JSON_THROW_ON_ERROR);
        }
    }
}

namespace {

    use App\Api\BookItemController;
    use App\Api\BookProvider;
    use App\Api\SerializerContextBuilder;
    use Symfony\Component\Serializer\Normalizer\ObjectNormalizer;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $controller = new BookItemController(new BookProvider(), new SerializerContextBuilder(), new ObjectNormalizer());
    $bytes = 0;

    for ($i = 0; $i < $n; $i++) {
        $bytes += strlen($controller('/api/books/' . (5000 + $i), $i % 3 === 0 ? 'fields=title' : ''));
    }
}
