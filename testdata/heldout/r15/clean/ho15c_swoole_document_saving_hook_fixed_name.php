<?php

declare(strict_types=1);

namespace App\Models\Concerns;

trait HasModelHooks
{
    /** @var array<class-string, array<string, array<string, \Closure>>> */
    protected static array $modelHooks = [];

    /**
     * Named hooks: registering the same name twice replaces the earlier hook,
     * so a service may (re)register its hook whenever it needs it.
     */
    public static function saving(string $name, \Closure $hook): void
    {
        static::$modelHooks[static::class]['saving'][$name] = $hook;
    }

    protected function fireModelHook(string $event): void
    {
        foreach (static::$modelHooks[static::class][$event] ?? [] as $hook) {
            $hook($this);
        }
    }
}

namespace App\Models;

use App\Models\Concerns\HasModelHooks;

final class User
{
    public function __construct(
        public readonly int $id,
        public readonly string $name,
        public readonly string $email,
        public readonly array $permissions,
    ) {
    }
}

final class Document
{
    use HasModelHooks;

    public ?int $lastEditedBy = null;
    public ?string $lastEditedByName = null;
    public int $revision = 0;

    public function __construct(public readonly int $id, public string $title, public string $body)
    {
    }

    public function fill(array $changes): static
    {
        $this->title = $changes['title'] ?? $this->title;
        $this->body = $changes['body'] ?? $this->body;

        return $this;
    }

    public function save(DocumentRepository $repository): void
    {
        $this->fireModelHook('saving');
        $this->revision++;
        $repository->store($this);
    }
}

final class DocumentRepository
{
    public int $writes = 0;

    public function find(int $id): Document
    {
        return new Document($id, "Quarterly plan #{$id}", str_repeat('Draft paragraph. ', 10));
    }

    public function store(Document $document): void
    {
        $this->writes++;
    }
}

namespace App\Services;

use App\Models\Document;
use App\Models\DocumentRepository;
use App\Models\User;

final class DocumentEditingService
{
    public function __construct(private DocumentRepository $documents)
    {
    }

    public function update(int $documentId, User $editor, array $changes): Document
    {
        // One named hook per service: registering it again on the next request
        // replaces the previous editor's closure instead of stacking another one.
        Document::saving(self::class . ':stamp-editor', static function (Document $document) use ($editor): void {
            $document->lastEditedBy = $editor->id;
            $document->lastEditedByName = $editor->name;
        });

        $document = $this->documents->find($documentId)->fill($changes);
        $document->save($this->documents);

        return $document;
    }
}

namespace App\Http;

use App\Models\User;
use App\Services\DocumentEditingService;

final class DocumentController
{
    public function __construct(private DocumentEditingService $editing)
    {
    }

    public function update(array $request): array
    {
        $editor = new User(
            $request['auth']['id'],
            $request['auth']['name'],
            $request['auth']['email'],
            ['documents.update', 'documents.comment', 'documents.share'],
        );
        $document = $this->editing->update((int) $request['params']['document'], $editor, $request['body']);

        return ['status' => 200, 'body' => json_encode(['id' => $document->id, 'revision' => $document->revision])];
    }
}

namespace App;

use App\Http\DocumentController;
use App\Models\DocumentRepository;
use App\Services\DocumentEditingService;

$controller = new DocumentController(new DocumentEditingService(new DocumentRepository()));

$n = (int) (getenv('PHPLEAK_N') ?: 100);

// Swoole HTTP server stand-in: one long-lived worker serves every request.
for ($i = 0; $i < $n; $i++) {
    $controller->update([
        'auth' => ['id' => 3_000 + $i, 'name' => "Editor {$i}", 'email' => "editor{$i}@acme.test"],
        'params' => ['document' => (string) (100 + $i % 25)],
        'body' => ['title' => "Quarterly plan rev {$i}", 'body' => str_repeat("Edited paragraph {$i}. ", 8)],
    ]);
}
