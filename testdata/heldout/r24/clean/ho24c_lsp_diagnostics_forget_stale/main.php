<?php

require __DIR__ . '/vendor/lsp-protocol/Protocol.php';
require __DIR__ . '/src/Services.php';
require __DIR__ . '/src/Stores.php';
require __DIR__ . '/src/Handlers.php';

use DevTools\Lsp\Linter;
use DevTools\Lsp\Services;
use DevTools\Lsp\TextDocumentHandler;
use LspProtocol\Message;

Services::boot();
$handler = new TextDocumentHandler(new Linter());

$workspace = [
    'file:///srv/app/src/Kernel.php',
    'file:///srv/app/src/Controller/BuildController.php',
    'file:///srv/app/src/Service/ArtifactUploader.php',
    'file:///srv/app/src/Repository/PipelineRepository.php',
    'file:///srv/app/config/bootstrap.php',
];
$versions = array_fill_keys($workspace, 0);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $uri = $workspace[$i % count($workspace)];
    $versions[$uri]++;
    $body = "<?php\n\$total = \$total;\n\$build = load_build({$i});\nvar_dump(\$build);\n";

    $raw = json_encode([
        'jsonrpc' => '2.0',
        'method' => $i % 17 === 16 ? 'textDocument/didClose' : 'textDocument/didChange',
        'params' => [
            'textDocument' => ['uri' => $uri, 'version' => $versions[$uri]],
            'contentChanges' => [['text' => $body]],
        ],
    ]);

    $handler->handle(Message::decode($raw));
}
