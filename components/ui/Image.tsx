import { getImageProps, type ImageProps } from "next/image";
import { preload } from "react-dom";
import type { ImgAttributes } from "@/model/issue-view";

/** next/image's attributes for a picture (srcset, sizes, lazy loading, decoding, the optimizer's URLs). */
export function imageAttributes(image: ImageProps): ImgAttributes {
  return getImageProps(image).props as ImgAttributes;
}

/** Fetch a picture at high priority from the page's head, with its srcset, as next/image's `priority` does. */
export function preloadImage(props: ImgAttributes): void {
  preload(props.src, { as: "image", fetchPriority: "high", imageSrcSet: props.srcSet, imageSizes: props.sizes });
}

/**
 * next/image's markup rendered on the server as a plain <img>. next/image itself is a client
 * component: every reader page shipped its code and hydrated each picture, for markup that never
 * changes in the browser. A `priority` image is preloaded at high priority, as next/image does.
 */
export default function Image({ priority, ...image }: ImageProps) {
  const props = imageAttributes({ ...image, priority });
  if (priority) preloadImage(props);
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- alt comes from the caller through getImageProps
  return <img {...props} />;
}
