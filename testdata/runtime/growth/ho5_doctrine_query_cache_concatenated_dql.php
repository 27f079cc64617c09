<?php
// A job-queue worker polls for messages with a DQL string that concatenates the current microtime, so each poll adds a new parsed query to the EntityManager's query cache.
// https://github.com/heristop/heri-jobqueue-bundle/pull/13

final class ArrayCache
{
    private array $data = [];

    public function fetch(string $id): mixed
    {
        return $this->data[$id] ?? false;
    }

    public function save(string $id, mixed $value): void
    {
        $this->data[$id] = $value; // leak
    }
}

final class ParserResult
{
    public function __construct(public readonly string $sql, public readonly array $parameterMappings) {}
}

final class Query
{
    private array $parameters = [];

    public function __construct(private EntityManager $em, private string $dql) {}

    public function setParameter(string $name, mixed $value): self
    {
        $this->parameters[$name] = $value;
        return $this;
    }

    public function setMaxResults(int $max): self
    {
        $this->parameters['__limit'] = $max;
        return $this;
    }

    public function getResult(): array
    {
        $cache = $this->em->getQueryCache();
        $hash = 'dql_' . hash('sha256', $this->dql . '|hydrate=object');
        $parsed = $cache->fetch($hash);
        if ($parsed === false) {
            $sql = preg_replace(['/\bm\./', '/\bq\./', '/Heri\\\\Bundle\\\\JobQueueBundle\\\\Entity\\\\(\w+)/'], ['m0_.', 'q1_.', 'queue_$1'], $this->dql);
            preg_match_all('/:(\w+)/', $this->dql, $names);
            $parsed = new ParserResult('SELECT m0_.id, m0_.body, m0_.priority, m0_.handle, m0_.timeout FROM ' . $sql, array_flip($names[1]));
            $cache->save($hash, $parsed);
        }
        return $this->em->getConnection()->fetchAll($parsed->sql, $this->parameters);
    }
}

final class Connection
{
    public int $queries = 0;

    public function fetchAll(string $sql, array $params): array
    {
        $this->queries++;
        return [['id' => $this->queries, 'body' => '{"to":"ops@example.org"}', 'priority' => 1]];
    }
}

final class EntityManager
{
    private ArrayCache $queryCache;

    public function __construct(private Connection $connection)
    {
        $this->queryCache = new ArrayCache();
    }

    public function createQuery(string $dql): Query { return new Query($this, $dql); }
    public function getQueryCache(): ArrayCache { return $this->queryCache; }
    public function getConnection(): Connection { return $this->connection; }
}

final class DoctrineAdapter
{
    public function __construct(private EntityManager $em) {}

    public function getMessages(string $queueName, int $maxMessages, int $timeout, float $microtime): array
    {
        $sql = 'SELECT m FROM Heri\Bundle\JobQueueBundle\Entity\Message m LEFT JOIN m.queue q '
            . 'WHERE (m.handle IS NULL OR m.handle = \'\' OR m.timeout + ' . (int) $timeout . ' < ' . (int) $microtime . ') '
            . 'AND q.name = :name AND m.failed = 0 ORDER BY m.priority DESC, m.created ASC';
        $query = $this->em->createQuery($sql);
        $query->setParameter('name', $queueName);
        $query->setMaxResults($maxMessages);

        return $query->getResult();
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$adapter = new DoctrineAdapter(new EntityManager(new Connection()));
$processed = 0;
for ($i = 0; $i < $n; $i++) {
    $now = 1700000000.0 + $i * 1.25;
    foreach ($adapter->getMessages('mailer', 10, 180, $now) as $message) {
        $processed += strlen($message['body']) > 0 ? 1 : 0;
    }
}
