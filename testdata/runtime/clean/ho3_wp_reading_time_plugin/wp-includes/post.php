<?php
/**
 * Post object and template tags.
 */

class WP_Post_Minimal
{
    public $ID;
    public $post_title;
    public $post_content;
    public $post_author;
    public $post_date;

    public function __construct(array $fields)
    {
        foreach ($fields as $key => $value) {
            $this->$key = $value;
        }
    }
}

$GLOBALS['post'] = null;

/**
 * @param int $id
 * @return WP_Post_Minimal
 */
function wp_fake_get_post($id)
{
    return new WP_Post_Minimal(array(
        'ID'           => $id,
        'post_title'   => 'Release notes ' . $id,
        'post_content' => str_repeat('<p>WordPress is open source software you can use to create a website. </p>', 12),
        'post_author'  => 1 + $id % 5,
        'post_date'    => '2024-05-0' . (1 + $id % 9) . ' 09:00:00',
    ));
}

function setup_postdata_minimal($post)
{
    $GLOBALS['post'] = $post;
}

/**
 * @return int
 */
function get_the_ID()
{
    return $GLOBALS['post'] ? $GLOBALS['post']->ID : 0;
}

function the_title()
{
    echo htmlspecialchars(apply_filters('the_title', $GLOBALS['post']->post_title, get_the_ID()));
}

function the_content()
{
    echo apply_filters('the_content', $GLOBALS['post']->post_content);
}
