<?php
// A Drupal batch migration loads one language term per batch operation; the entity storage keeps every loaded term in the entity.memory_cache service, which the batch never clears.
// https://github.com/massgov/openmass/pull/706

final class MemoryCache
{
    private array $cache = [];

    public function get(string $cid): ?object
    {
        return $this->cache[$cid]->data ?? null;
    }

    public function set(string $cid, object $data, array $tags = []): void
    {
        $this->cache[$cid] = (object) ['cid' => $cid, 'data' => $data, 'tags' => $tags, 'created' => 1700000000]; // leak
    }

    public function deleteAll(): void
    {
        $this->cache = [];
    }
}

final class Drupal
{
    private static array $services = [];

    public static function setService(string $id, object $service): void { self::$services[$id] = $service; }
    public static function service(string $id): object { return self::$services[$id]; }
}

final class Term
{
    public function __construct(public int $tid, public string $langcode, public string $name, public string $description) {}
}

final class TermStorage
{
    public function __construct(private MemoryCache $memoryCache) {}

    public function load(int $tid): Term
    {
        $cid = "values:taxonomy_term:{$tid}";
        $cached = $this->memoryCache->get($cid);
        if ($cached instanceof Term) {
            return $cached;
        }
        $term = new Term($tid, 'es', "Término {$tid}", "Descripción del término {$tid}: " . str_repeat('contenido traducido para el portal de servicios. ', 8));
        $this->memoryCache->set($cid, $term, ["taxonomy_term:{$tid}", 'taxonomy_term_values']);
        return $term;
    }

    public function save(Term $term): void
    {
        $term->name = trim($term->name);
    }
}

final class LanguageTermsBatch
{
    public static function process(int $tid, array &$context): void
    {
        $storage = new TermStorage(Drupal::service('entity.memory_cache'));
        $term = $storage->load($tid);
        $term->langcode = 'es';
        $storage->save($term);
        $context['results']['updated'] = ($context['results']['updated'] ?? 0) + 1;
        $context['message'] = "Updated term {$tid}";
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
Drupal::setService('entity.memory_cache', new MemoryCache());
$context = ['results' => [], 'message' => ''];
for ($i = 0; $i < $n; $i++) {
    LanguageTermsBatch::process(3000 + $i, $context);
}
