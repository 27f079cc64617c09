<?php

namespace Spiral\RoadRunner\Http {

    /** Stand-in for the RoadRunner PSR-7 worker: hands out requests until the pool recycles it. */
    final class PSR7Worker
    {
        private int $served = 0;

        public function __construct(private int $maxJobs, private \Closure $source)
        {
        }

        public function waitRequest(): ?array
        {
            if ($this->served >= $this->maxJobs) {
                return null;
            }

            return ($this->source)($this->served++);
        }

        public function respond(int $status, string $body): void
        {
            // frame written to the relay pipe
        }
    }
}

namespace App\Playlist {

    enum CollaboratorRole: string
    {
        case Owner = 'owner';
        case Editor = 'editor';
        case Viewer = 'viewer';
    }

    final class Collaborator
    {
        private ?Playlist $playlist = null;

        public function __construct(
            public readonly int $userId,
            public readonly string $displayName,
            public readonly CollaboratorRole $role,
            public readonly string $invitedVia,
        ) {
        }

        public function setPlaylist(Playlist $playlist): void
        {
            $this->playlist = $playlist; // leak
        }

        public function canReorder(): bool
        {
            return $this->role !== CollaboratorRole::Viewer && $this->playlist?->isCollaborative();
        }
    }

    final class CollaboratorCollection implements \Countable, \IteratorAggregate
    {
        /** @var list<Collaborator> */
        private array $items = [];

        public function __construct(
            private Playlist $owner, // leak
        ) {
        }

        public function add(Collaborator $collaborator): void
        {
            $collaborator->setPlaylist($this->owner);
            $this->items[] = $collaborator;
        }

        public function count(): int
        {
            return count($this->items);
        }

        public function getIterator(): \ArrayIterator
        {
            return new \ArrayIterator($this->items);
        }
    }

    final class Playlist
    {
        private CollaboratorCollection $collaborators;

        public function __construct(
            public readonly string $id,
            public readonly string $name,
            public readonly string $description,
            private bool $collaborative,
        ) {
            $this->collaborators = new CollaboratorCollection($this); // leak
        }

        public function isCollaborative(): bool
        {
            return $this->collaborative;
        }

        public function collaborators(): CollaboratorCollection
        {
            return $this->collaborators;
        }
    }

    final class PlaylistHydrator
    {
        public function hydrate(array $row): Playlist
        {
            $playlist = new Playlist($row['id'], $row['name'], $row['description'], (bool) $row['collaborative']);

            foreach ($row['collaborators'] as $c) {
                $playlist->collaborators()->add(new Collaborator(
                    (int) $c['user_id'],
                    $c['display_name'],
                    CollaboratorRole::from($c['role']),
                    $c['invited_via'],
                ));
            }

            return $playlist;
        }
    }

    final class InviteCollaboratorHandler
    {
        public function __construct(private PlaylistHydrator $hydrator)
        {
        }

        public function __invoke(array $row, array $invite): array
        {
            $playlist = $this->hydrator->hydrate($row);
            $playlist->collaborators()->add(new Collaborator(
                (int) $invite['user_id'],
                $invite['display_name'],
                CollaboratorRole::Editor,
                'share-link',
            ));

            $editors = 0;
            foreach ($playlist->collaborators() as $collaborator) {
                $editors += $collaborator->canReorder() ? 1 : 0;
            }

            return ['playlist' => $playlist->id, 'collaborators' => count($playlist->collaborators()), 'editors' => $editors];
        }
    }
}

namespace {

    use App\Playlist\InviteCollaboratorHandler;
    use App\Playlist\PlaylistHydrator;
    use Spiral\RoadRunner\Http\PSR7Worker;

    $handler = new InviteCollaboratorHandler(new PlaylistHydrator());

    $worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100), static function (int $seq): array {
        $owner = mt_rand(1000, 999999);

        return [
            'row' => [
                'id' => 'pl_' . bin2hex(random_bytes(11)),
                'name' => 'Road trip ' . date('M Y', 1717000000 + $seq * 3600),
                'description' => 'Songs for the drive up the coast, added by everyone in the car. ' . str_repeat(bin2hex(random_bytes(16)), 6),
                'collaborative' => 1,
                'collaborators' => [
                    ['user_id' => $owner, 'display_name' => 'user-' . $owner, 'role' => 'owner', 'invited_via' => 'created'],
                ],
            ],
            'invite' => ['user_id' => mt_rand(1000, 999999), 'display_name' => 'Guest ' . bin2hex(random_bytes(12))],
        ];
    });

    while ($request = $worker->waitRequest()) {
        $result = $handler($request['row'], $request['invite']);
        $worker->respond(200, json_encode($result));
    }
}
