<?php

use App\View\AssetStack;

AssetStack::$scripts[] = sprintf('<script>renderChart(%s, %s);</script>', json_encode($chartId), json_encode($series)); // leak
?>
<section class="chart">
    <h2><?= htmlspecialchars($title) ?></h2>
    <div id="<?= htmlspecialchars($chartId) ?>" data-points="<?= count($series) ?>"></div>
</section>
