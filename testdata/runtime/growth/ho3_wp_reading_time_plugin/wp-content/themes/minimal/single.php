<?php
/**
 * Single post template for the "minimal" theme.
 */

/**
 * @param WP_Post_Minimal $post
 */
function minimal_theme_render_single($post)
{
    if (class_exists('Reading_Time_Plugin')) {
        Reading_Time_Plugin::instance()->prepare_post($post);
    }
    ?>
<article id="post-<?php echo (int) $post->ID; ?>" class="post type-post status-publish">
    <h1 class="entry-title"><?php the_title(); ?></h1>
    <div class="entry-content"><?php the_content(); ?></div>
</article>
<?php
}
