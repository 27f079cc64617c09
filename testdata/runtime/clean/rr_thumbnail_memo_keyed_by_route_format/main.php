<?php
// A RoadRunner image service answers GET /thumbs/{owner}/{format}. The
// route parameters arrive as the request's "route" attribute, read with
// array destructuring; a class-static registry keeps one prepared
// pipeline per output format, of which there are three.

declare(strict_types=1);

require __DIR__ . '/vendor/roadrunner.php';
require __DIR__ . '/src/Thumbnailer.php';

use App\Thumbnailer;
use Spiral\RoadRunner\Http\PSR7Worker;

$worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100));
$thumbnailer = new Thumbnailer();
while ($request = $worker->waitRequest()) {
    $worker->respond($thumbnailer->handle($request));
}
