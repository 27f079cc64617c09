<?php
// A Doctrine-backed job queue worker polls for messages with a DQL string that binds the current time as a parameter, so every poll reuses one cached parsed query.
// https://github.com/heristop/heri-jobqueue-bundle/pull/13

final class ParserResult
{
    public function __construct(public readonly string $sql, public readonly array $parameterMappings, public readonly array $resultSetMapping) {}
}

final class ArrayQueryCache
{
    private array $entries = [];

    public function fetch(string $id): ?ParserResult
    {
        return $this->entries[$id] ?? null;
    }

    public function save(string $id, ParserResult $result): void
    {
        $this->entries[$id] = $result;
    }
}

final class Query
{
    private array $parameters = [];
    private int $maxResults = 0;

    public function __construct(private EntityManager $em, private string $dql) {}

    public function setParameter(string $name, mixed $value): self
    {
        $this->parameters[$name] = $value;
        return $this;
    }

    public function setMaxResults(int $max): self
    {
        $this->maxResults = $max;
        return $this;
    }

    public function getResult(): array
    {
        $cacheKey = md5($this->dql . '&hydrationMode=1');
        $parsed = $this->em->queryCache->fetch($cacheKey);
        if ($parsed === null) {
            $parsed = $this->em->parse($this->dql);
            $this->em->queryCache->save($cacheKey, $parsed);
        }
        return $this->em->connection->fetchAll($parsed->sql, $this->parameters, $this->maxResults);
    }
}

final class Connection
{
    public int $queries = 0;

    public function fetchAll(string $sql, array $params, int $limit): array
    {
        $this->queries++;
        return [];
    }
}

final class EntityManager
{
    public ArrayQueryCache $queryCache;

    public function __construct(public Connection $connection)
    {
        $this->queryCache = new ArrayQueryCache();
    }

    public function createQuery(string $dql): Query
    {
        return new Query($this, $dql);
    }

    public function parse(string $dql): ParserResult
    {
        $sql = strtr($dql, [
            'SELECT m FROM Heri\Bundle\JobQueueBundle\Entity\Message m' => 'SELECT m0_.id AS id_0, m0_.body AS body_1, m0_.md5 AS md5_2, m0_.timeout AS timeout_3, m0_.created AS created_4, m0_.handle AS handle_5, m0_.priority AS priority_6, m0_.failed AS failed_7, m0_.ended AS ended_8, m0_.num_retries AS num_retries_9, m0_.queue_id AS queue_id_10 FROM queue_message m0_',
            'LEFT JOIN m.queue q' => 'LEFT JOIN queue q1_ ON m0_.queue_id = q1_.id',
        ]);
        $sql = str_replace('m.', 'm0_.', $sql);
        $columns = explode(', ', substr($sql, 7, strpos($sql, ' FROM ') - 7));
        return new ParserResult($sql, ['queue' => [0]], $columns);
    }
}

final class DoctrineAdapter
{
    public function __construct(private EntityManager $em) {}

    public function getMessages(int $maxMessages, int $timeout, int $queueId, int $microtime): array
    {
        $sql = 'SELECT m FROM Heri\Bundle\JobQueueBundle\Entity\Message m LEFT JOIN m.queue q '
            . 'WHERE (m.handle IS NULL OR m.handle = \'\' OR m.timeout + :timeout < :microtime) '
            . 'AND (m.queue = :queue) ORDER BY m.priority DESC';
        $query = $this->em->createQuery($sql);
        $query->setParameter('queue', $queueId);
        $query->setParameter('timeout', $timeout);
        $query->setParameter('microtime', $microtime);
        $query->setMaxResults($maxMessages);
        return $query->getResult();
    }
}

final class SimulatedClock
{
    public function __construct(private int $now) {}

    public function now(): int
    {
        return $this->now;
    }

    public function sleep(int $seconds): void
    {
        $this->now += $seconds;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$adapter = new DoctrineAdapter(new EntityManager(new Connection()));
$clock = new SimulatedClock(1700000000);
for ($i = 0; $i < $n; $i++) {
    $messages = $adapter->getMessages(1, 60, 7, $clock->now());
    if ($messages === []) {
        $clock->sleep(1);
    }
}
